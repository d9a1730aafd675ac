// The client end to end, break-glass part, on its own dev node (see scenario.ts).
import { scenario } from './scenario.js'

scenario('break-glass', 45_200, 45_201)
