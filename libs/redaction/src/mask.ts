import type { PiiSpan } from './pii-span';

/**
 * A preview that says what kind of thing was said without saying it: the last four digits of a
 * phone or card number (as receipts print them), the first letter and the domain of an address.
 * SSNs are masked whole, since their last four are themselves used to prove who someone is.
 */
export function maskPii(span: Pick<PiiSpan, 'type' | 'value'>): string {
  const lastFour = span.value.slice(-4);
  switch (span.type) {
    case 'phone':
      return span.value.length >= 10 ? `***-***-${lastFour}` : `***-${lastFour}`;
    case 'card':
      return `**** **** **** ${lastFour}`;
    case 'ssn':
      return '***-**-****';
    case 'email': {
      const [local, domain] = span.value.split('@');
      return `${local.slice(0, 1)}***@${domain}`;
    }
  }
}
