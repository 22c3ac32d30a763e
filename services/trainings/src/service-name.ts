/** The service's name: Kafka client id and consumer-group prefix, event producer, logger name. */
export const SERVICE_NAME = 'trainings';
