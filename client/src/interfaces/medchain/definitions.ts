import { medchainRpc } from '../../rpc-definitions.js'

export default { rpc: medchainRpc.medchain, types: {} }
