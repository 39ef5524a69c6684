import { launchBrowser } from './scripts/lib/browser.ts';
import { serveSite } from './scripts/lib/serve.ts';
const [out, ...paths] = process.argv.slice(2);
const site = await serveSite();
const browser = await launchBrowser();
try {
  for (const width of [390, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of paths) {
      await page.goto(new URL(path, site.url).href);
      const name = `${out}/${path.replace(/\W+/g, '_') || 'home'}-${width}.png`;
      await page.screenshot({ path: name, fullPage: true });
      console.log(name);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
