import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { AppointmentsQuery, AppointmentsReply, Subjects, WorkspaceContext } from '@callsight/contracts';
import { AppointmentsService } from './appointments.service';

@Controller()
export class AppointmentsRpcController {
  constructor(private readonly appointments: AppointmentsService) {}

  @MessagePattern(Subjects.scoring.appointments)
  list(
    @Payload('context') context: WorkspaceContext,
    @Payload('data') query: AppointmentsQuery,
  ): Promise<AppointmentsReply> {
    return this.appointments.list(context, query);
  }
}
