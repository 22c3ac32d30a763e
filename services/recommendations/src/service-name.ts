export const SERVICE_NAME = 'recommendations';
