import { Global, Module } from '@nestjs/common';
import { ShutdownState } from './shutdown-state.js';

/** The process's own lifecycle, as the health probe and the request hooks see it. */
@Global()
@Module({ providers: [ShutdownState], exports: [ShutdownState] })
export class LifecycleModule {}
