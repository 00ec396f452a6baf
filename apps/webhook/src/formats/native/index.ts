export { NATIVE as format } from './native.format';
