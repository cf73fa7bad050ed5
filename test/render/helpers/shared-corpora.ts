// Whether ../shared/fixtures is there (the test server serves it at /__fixtures__/). When it is not, the suites
// that read it print one plain line that says what did not run, and pass.
export async function sharedFixturesPresent(what: string): Promise<boolean> {
  const response = await fetch('/__fixtures__/xss/dompurify/expect.json', { method: 'HEAD' });
  if (response.ok) return true;
  console.log(`../shared/fixtures not found: did not run ${what}`);
  return false;
}
