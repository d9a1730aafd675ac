// The client end to end, main part: the README walkthrough and everything but break-glass
// (see scenario.ts).
import { scenario } from './scenario.js'

scenario('main', 45_100, 45_000)
