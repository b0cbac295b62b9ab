// Section headers, so a long CI log can be scanned for where each step starts.
export function section(title: string): void {
  console.log(`\n${"─".repeat(70)}\n▶ ${title}\n${"─".repeat(70)}`);
}
