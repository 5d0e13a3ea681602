// Every executor a scenario file can name. Executors register themselves when imported; the
// stress, memory and soak executors are added here by importing their modules.
import './executors.ts';
import './memory.ts';
import './soak.ts';
import './stress.ts';
