// Entry point of an extraction worker thread: the pool calls the default export with one document.
import { extractDocument } from '../pipeline.ts';

export default extractDocument;
