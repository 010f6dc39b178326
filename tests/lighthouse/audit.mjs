// Lighthouse's accessibility, best-practices and SEO audits of the given pages, in one headless
// Chromium ($CHROME_PATH, default /usr/bin/chromium), one page after the other. Prints one JSON
// object: {lighthouseVersion, pages: {url: {scores: {category: score}, failed: [{id, title, details}]}}}.
// Offline: Lighthouse fetches nothing but the pages (robots.txt included) from the server given.
// Run as `node tests/lighthouse/audit.mjs URL...` after `npm ci` (the Makefile's `make test` does it).
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const CATEGORIES = ["accessibility", "best-practices", "seo"];
// None of these three categories measures speed: no simulated slow network, no screenshots.
const FAST = { throttlingMethod: "provided", disableFullPageScreenshot: true };

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
const pages = {};
let lighthouseVersion = null;
try {
  for (const url of process.argv.slice(2)) {
    const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: CATEGORIES, output: "json", logLevel: "error", ...FAST });
    lighthouseVersion = lhr.lighthouseVersion;
    const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, category]) => [id, category.score]));
    const counted = new Set(Object.values(lhr.categories).flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0).map((ref) => ref.id)));
    const failed = Object.values(lhr.audits)
      .filter((audit) => counted.has(audit.id) && audit.score !== null && audit.score < 1)
      .map((audit) => ({ id: audit.id, title: audit.title, details: (audit.details?.items || []).slice(0, 5) }));
    pages[url] = { scores, failed, runtimeError: lhr.runtimeError?.message || null };
  }
} finally {
  await chrome.kill();
}
process.stdout.write(JSON.stringify({ lighthouseVersion, pages }) + "\n");
