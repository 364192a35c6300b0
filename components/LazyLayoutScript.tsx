/**
 * Runs before the first paint. On a fresh visit to the top of a page (not a reload, not back
 * or forward, no #section) it lets a chapter's off-screen sections skip layout until the page
 * is up (globals.css, SettleSections). Otherwise the browser scrolls before any of our code
 * runs, to a position in pixels or to a section, and that needs every height above it real.
 * A static string, never anything a user controls.
 */
const script = `(function(){try{var n=performance.getEntriesByType('navigation')[0];if(n&&n.type==='navigate'&&!location.hash)document.documentElement.dataset.lazyLayout=''}catch(e){}})()`;

export function LazyLayoutScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
