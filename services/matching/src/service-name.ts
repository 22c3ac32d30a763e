/** The service's name: Kafka client id, event producer, logger name. */
export const SERVICE_NAME = 'matching';
