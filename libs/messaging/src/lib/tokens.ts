/** Injection token of the service's kafkajs client. */
export const KAFKA = Symbol('KAFKA');
