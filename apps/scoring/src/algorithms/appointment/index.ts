export { APPOINTMENT as algorithm } from './appointment.algorithm';
