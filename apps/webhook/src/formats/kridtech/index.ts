export { KRIDTECH as format } from './kridtech.format';
