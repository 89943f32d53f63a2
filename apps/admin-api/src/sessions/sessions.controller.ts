import { Body, Controller, HttpCode, NotFoundException, Post } from '@nestjs/common';
import { asOrgId, isUuid } from '@app/database';
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
    if (!isUuid(body.organizationId)) throw new NotFoundException('Organization not found');
    return this.sessions.create(asOrgId(body.organizationId), body.memberId, body.ttlMinutes);
  }
}
