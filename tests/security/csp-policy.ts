// What makes a content security policy unacceptable for TongKet: anything that allows eval or inline
// code, any source outside the app itself, and missing lock-downs. Pure, so that the test shows it
// rejects weakened policies as well as it accepts ours.
const MUST_BE_NONE = ['default-src', 'object-src', 'base-uri', 'form-action', 'frame-ancestors'];
const UNSAFE = ["'unsafe-eval'", "'unsafe-inline'", "'unsafe-hashes'", "'wasm-unsafe-eval'", "'strict-dynamic'", '*'];

export function cspProblems(policy: string): string[] {
  const problems: string[] = [];
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name = '', ...sources] = part.split(/\s+/);
    if (directives.has(name)) problems.push(`${name} given twice`);
    directives.set(name.toLowerCase(), sources);
  }
  for (const name of MUST_BE_NONE) {
    if (directives.get(name)?.join(' ') !== "'none'") problems.push(`${name} must be 'none'`);
  }
  if (directives.get('script-src')?.join(' ') !== "'self'") problems.push("script-src must be exactly 'self'");
  for (const [name, sources] of directives) {
    for (const s of sources) {
      if (UNSAFE.includes(s.toLowerCase())) problems.push(`${name} allows ${s}`);
      else if (s === 'data:' && name !== 'img-src') problems.push(`${name} allows data:`);
      else if (!s.startsWith("'") && s !== 'data:') problems.push(`${name} allows the remote source ${s}`);
    }
  }
  return problems;
}
