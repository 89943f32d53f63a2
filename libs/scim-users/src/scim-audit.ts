import { Injectable } from '@nestjs/common';
import { ProvisioningEventsService } from '@app/audit';
import { isUuid } from '@app/database';
import { ScimError } from '@app/scim-core';
import type { ScimCaller } from './scim-caller';

export type ScimAction = 'create' | 'replace' | 'patch' | 'delete';

export interface AuditedWrite {
  /** False for a write that changed nothing: no event, as Entra re-sends unchanged values every cycle. */
  changed: boolean;
  status: number;
  memberId: string;
  userName: string;
  action?: string;
}

/** Records every SCIM write, and every refused one, in the provisioning audit log. */
@Injectable()
export class ScimAudit {
  constructor(private readonly events: ProvisioningEventsService) {}

  async track<T extends AuditedWrite>(
    caller: ScimCaller,
    action: ScimAction,
    target: { memberId?: string; userName?: string },
    write: () => Promise<T>,
  ): Promise<T> {
    let result: T;
    try {
      result = await write();
    } catch (error) {
      if (error instanceof ScimError) await this.refused(caller, action, target, error);
      throw error;
    }
    if (result.changed) {
      await this.events.recordQuietly(caller.orgId, {
        ...this.actor(caller),
        action: result.action ?? action,
        targetMemberId: result.memberId,
        targetUserName: result.userName,
        outcome: 'success',
        httpStatus: result.status,
      });
    }
    return result;
  }

  private refused(
    caller: ScimCaller,
    action: ScimAction,
    target: { memberId?: string; userName?: string },
    error: ScimError,
  ): Promise<void> {
    return this.events.recordQuietly(caller.orgId, {
      ...this.actor(caller),
      action,
      // A path id that is not a uuid cannot go into the uuid column; the detail still names the request.
      targetMemberId: target.memberId !== undefined && isUuid(target.memberId) ? target.memberId : undefined,
      targetUserName: target.userName,
      outcome: 'failure',
      httpStatus: error.status,
      detail: error.detail,
    });
  }

  private actor(caller: ScimCaller): { actorType: 'token'; actorId: string; requestId?: string } {
    return { actorType: 'token', actorId: caller.tokenId, requestId: caller.requestId };
  }
}
