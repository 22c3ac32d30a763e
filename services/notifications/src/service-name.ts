/** The service's name: Kafka client id, event producer, logger name, prefix of its consumer groups. */
export const SERVICE_NAME = 'notifications';
