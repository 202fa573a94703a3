// llama.cpp peer for `ofa4j bench decode --llama-cpp`, run with node from a folder holding
// node_modules/node-llama-cpp. Arguments: model.gguf threads newTokens promptIds(JSON) [weight dtype label].
// Prints one JSON line with the timings; batch 1, greedy, F32 KV cache, flash attention off.
import {readFileSync} from "node:fs";
import {getLlama} from "node-llama-cpp";

// Peak RSS of this process: VmHWM starts afresh at exec, whereas getrusage's maxRSS keeps the
// (larger) peak of the JVM that forked us, so it would report the JVM's figure.
function peakRssBytes() {
  const m = /VmHWM:\s*(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
  return m ? Number(m[1]) * 1024 : process.resourceUsage().maxRSS * 1024;
}

const [modelPath, threadsArg, newTokensArg, promptJson, dtypeArg] = process.argv.slice(2);
const threads = Number(threadsArg);
const newTokens = Number(newTokensArg);
const prompt = JSON.parse(promptJson);

const llama = await getLlama({gpu: false, build: "never", logLevel: "error", maxThreads: threads});
const t0 = performance.now();
const model = await llama.loadModel({modelPath, gpuLayers: 0});
const context = await model.createContext({
  contextSize: prompt.length + newTokens + 16, batchSize: 512, threads, flashAttention: false});
const load = (performance.now() - t0) / 1000;

async function run(sequence, count) {
  // prefill all but the last prompt token, then each generated token costs one decode
  const p0 = performance.now();
  await sequence.evaluateWithoutGeneratingNewTokens(prompt.slice(0, -1));
  const p1 = performance.now();
  const cpu0 = process.cpuUsage();
  const generated = [];
  for await (const token of sequence.evaluate(prompt.slice(-1), {temperature: 0})) {
    generated.push(token);
    if (generated.length >= count) break;
  }
  const p2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  return {prefill_s: (p1 - p0) / 1000, decode_s: (p2 - p1) / 1000,
    decode_cpu_s: (cpu.user + cpu.system) / 1e6, generated};
}

// warm-up on a throw-away sequence, as the Java side does
const warm = context.getSequence();
await run(warm, 8);
warm.dispose();
const r = await run(context.getSequence(), newTokens);
console.log(JSON.stringify({
  implementation: `llama.cpp ${dtypeArg ?? "f32"} (node-llama-cpp, ${threads} threads)`,
  load_s: load, prefill_tokens: prompt.length - 1, prefill_s: r.prefill_s,
  new_tokens: newTokens, decode_s: r.decode_s, decode_cpu_s: r.decode_cpu_s,
  peak_rss_bytes: peakRssBytes(), generated: r.generated}));
await context.dispose();
await model.dispose();
