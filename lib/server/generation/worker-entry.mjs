// Entry of the question-generation worker thread. The generator is TypeScript under lib/, which Next does not
// bundle for a worker: tsx (a runtime dependency, which `npm start` already uses) compiles it in this thread.
import { register } from "tsx/esm/api";

register();
await import("./generation-worker.ts");
