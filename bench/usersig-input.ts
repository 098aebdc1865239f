// The UserSig request every timing signs, in Node and in Chromium alike: a day's admin UserSig.
// The key is a made-up 64-hex-digit example, not anyone's secret.
export const USERSIG_INPUT = {
  sdkAppId: 1400000000,
  key: '5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e',
  identifier: 'administrator',
  expire: 86400,
} as const;
