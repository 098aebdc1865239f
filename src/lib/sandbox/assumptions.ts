// What the sandbox decides where the documentation is silent (docs/reference/session-apis.md
// lists each "not documented"), in the words the page shows beside Reset and the README repeats.
// Each is tested (tests/unit/sandbox/family.test.ts) and none is presented as Tencent's.

/** The sandbox's assumptions, one sentence each. */
export const SANDBOX_ASSUMPTIONS: readonly string[] = [
  'A new group gets the smallest positive GroupId the account does not use, so a deleted group’s number is reused.',
  'Group names are unique per account: creating or renaming to a name in use is refused with 50002.',
  'A group name may be at most 32 bytes (51011), as the older pages and the error table say; the newest English page says 64.',
  'StandardMark is written as a binary numeral, bit 0 rightmost ("1001" is star and hide), without leading zeros.',
  'SetMark and ClearMark take bit numbers 0 to 63; ClearMark is applied first, so a bit in both ends up set.',
  'OptType 1 leaves the custom mark as it is and 2 the standard marks; with 2 or 3 an absent or empty CustomMark clears it.',
  'Group and mark data belong to the conversation’s ID: a conversation not in the list can be grouped or marked, and deleting a conversation or a group keeps the marks.',
  'Every conversation of a successful call gets ResultCode 0: adding one twice, or removing one not in the group, changes nothing.',
  'update_contact_group answers 51009 for a group that does not exist, as del_contact_group does.',
  'search_contact_group answers every conversation asked for (one without data with its Type and peer only) and lists all the account’s groups.',
  'Imported: alice, bob, carol, administrator and everyone they have a one-to-one conversation with; account_import adds more, each with an empty list.',
  'multiaccount_import fails (FailAccounts) a UserID that is empty, over 32 bytes or has a profile value over 500 bytes, and imports the rest; Nick and FaceUrl are not kept.',
];
