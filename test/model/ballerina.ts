/** Loads the demo data set the way a page would, beside the test files in the served tree. */
export async function ballerinaText(): Promise<string> {
  const response = await fetch(new URL('../../demo/data/ballerina.json', import.meta.url));
  return response.text();
}
