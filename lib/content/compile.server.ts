import 'server-only';
import { compileChapter } from './compile';

export { compileChapter };
