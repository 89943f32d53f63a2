import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Request, Response } from 'express';
import { map, type Observable } from 'rxjs';
import { etagListed } from '@app/scim-users';

interface WithMeta {
  meta?: { version?: string; location?: string };
}

/**
 * RFC 7644 §3.14 and §3.3: a returned resource carries its version as ETag, a created one its Location; a GET whose
 * If-None-Match names the current version is 304 with no body.
 */
@Injectable()
export class ScimEtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      map((body: unknown) => {
        const meta = (body as WithMeta | undefined)?.meta;
        if (meta?.version === undefined) return body;
        res.setHeader('ETag', meta.version);
        if (req.method === 'POST' && meta.location !== undefined) res.setHeader('Location', meta.location);
        const ifNoneMatch = req.header('if-none-match');
        if (req.method === 'GET' && ifNoneMatch !== undefined && etagListed(ifNoneMatch, meta.version)) {
          res.status(304);
          return undefined;
        }
        return body;
      }),
    );
  }
}
