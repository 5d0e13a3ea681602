import { createRequire as __benchgateCreateRequire } from 'node:module'; const require = __benchgateCreateRequire(import.meta.url);

// src/config/naming.ts
var style = "flag";
function nameOptionsAs(next) {
  style = next;
}
function optionName(option) {
  return style === "flag" ? `--${option}` : `input '${option}'`;
}
function optionValue(option, value) {
  return style === "flag" ? `--${option} ${value}` : `${option}: ${value}`;
}
function setOption(option, value) {
  return style === "flag" ? `pass --${option} ${value}` : `set ${optionName(option)} to ${value}`;
}

export {
  nameOptionsAs,
  optionName,
  optionValue,
  setOption
};
