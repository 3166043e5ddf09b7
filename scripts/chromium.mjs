// Debian's chromium for the browser test and the dashboard benchmark: where it is and how it is launched (headless,
// offline: no component updates, no background networking). Never `npx playwright install`.
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_LAUNCH = {
  executablePath: CHROMIUM,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
  ],
};
