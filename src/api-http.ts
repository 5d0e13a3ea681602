// What a scenario file imports for its requests: `import { http } from 'benchgate/http'`.
// Helpers for scenario functions: an HTTP client that classifies failures by kind (the report
// counts errors by kind), and a TCP proxy that injects network faults on a schedule. Apart from
// 'benchgate' so that benchmark files, which import only `bench`, do not load undici.
export { HttpClient, http, type HttpClientOptions, type HttpResponse, type RequestOptions } from './load/http/client.ts';
export { HttpRequestError, HttpStatusError, JsonRpcError } from './load/http/errors.ts';
export { startFaultProxy, type FaultProxy, type FaultProxyOptions } from './load/faults/tcp-proxy.ts';
