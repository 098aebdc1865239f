// Two Web Crypto type names that the browser-safe src/lib code the servers import (usersig)
// uses, and that @types/node declares only inside node:crypto's webcrypto namespace. Types
// only, for tsconfig.node.json, which has Node types and no DOM.
type CryptoKey = import('node:crypto').webcrypto.CryptoKey;
type BufferSource = import('node:crypto').webcrypto.BufferSource;
