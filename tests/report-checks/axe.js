// Runs axe-core (WCAG 2.x A and AA rules and best practices) over each report in headless
// Chromium, on an A4-wide and a phone-wide window. Prints one line per report and size, "ok ..."
// or "FAIL ..." with every serious or critical violation, plus the others as notes, and the page
// width on the phone (wider than the window means sideways scrolling). Exits with the number of
// failures. Usage: NODE_PATH=<cache>/node_modules node axe.js CHROMIUM FILE...
const path = require("path");
const puppeteer = require("puppeteer-core");
const axeSource = require.resolve("axe-core/axe.min.js");

(async () => {
  const [chromium, ...files] = process.argv.slice(2);
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  let failures = 0;
  for (const file of files) {
    for (const [name, viewport] of [["A4", { width: 794, height: 1123 }], ["phone", { width: 390, height: 844 }]]) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      await page.goto("file://" + path.resolve(file));
      await page.addScriptTag({ path: axeSource });
      const result = await page.evaluate(async () => {
        const r = await axe.run(document, { resultTypes: ["violations"] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      await page.close();
      const bad = result.filter((v) => v.impact === "serious" || v.impact === "critical");
      const notes = result.filter((v) => !bad.includes(v)).map((v) => `${v.id} (${v.impact}, ${v.nodes})`);
      const fits = width <= viewport.width;
      const ok = bad.length === 0 && fits;
      if (!ok) failures++;
      console.log(
        `${ok ? "ok  " : "FAIL"} ${file} (${name}): ${bad.length} serious or critical` +
          bad.map((v) => ` ${v.id} (${v.impact}, ${v.nodes})`).join("") +
          `; page ${width} px wide in a ${viewport.width} px window` +
          (notes.length ? `; notes: ${notes.join(", ")}` : ""),
      );
    }
  }
  await browser.close();
  process.exit(failures);
})().catch((error) => {
  console.log(`FAIL axe: ${error.message}`);
  process.exit(1);
});
