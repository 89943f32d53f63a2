import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { asOrgId } from '@app/database';
import { Credential, SessionsService, type CreatedSession } from '@app/tokens';
import { CreateSessionDto } from './create-session.dto';

/** Called by the sign-in service after SSO: a console session for an active member. */
@Controller('internal/sessions')
@Credential('admin')
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Post()
  @HttpCode(201)
  create(@Body() body: CreateSessionDto): Promise<CreatedSession> {
    // The DTO guarantees uuids; the service answers 404 unless the member is live and active in that organization.
    return this.sessions.create(asOrgId(body.organizationId), body.memberId, body.ttlMinutes);
  }
}
