export { KESTREL as format } from './kestrel.format';
