/**
 * The unit code a TongKet .pub file names in its comment line ("… TongKet LDLD-TAMDUONG"), or null.
 * A hint only, to pre-select the unit: the comment is not signed, and a person confirms the fingerprint.
 */
export const unitHintOf = (text: string): string | null => /^untrusted comment:.*\bTongKet ([A-Z0-9-]+)\s*$/m.exec(text)?.[1] ?? null;
