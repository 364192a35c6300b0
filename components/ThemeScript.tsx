/**
 * Runs before the first paint so the page never flashes the wrong theme: an explicit
 * choice in localStorage wins, otherwise the system's preference. A static string,
 * never anything a user controls.
 */
const script = `(function(){try{var t=localStorage.getItem('theme');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
