import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { PeriodicTaskHost } from './periodic-task-host';

/**
 * Import it wherever periodic tasks are declared (a service or a lib): Nest makes one host per
 * application, and it runs every `@PeriodicTask` provider of the application.
 */
@Module({
  imports: [DiscoveryModule],
  providers: [PeriodicTaskHost],
})
export class PeriodicTasksModule {}
