import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  UseInterceptors,
} from '@nestjs/common';
import type { ScimListResponse, ScimUser } from '@app/scim-core';
import { ScimUsersService, type ScimCaller } from '@app/scim-users';
import { Credential } from '@app/tokens';
import { GetUserQueryDto, ListUsersQueryDto } from './list-users-query.dto';
import { CurrentScimCaller } from './scim-caller.decorator';
import { ScimEtagInterceptor } from './scim-etag.interceptor';
import { SearchRequestDto, toListQuery } from './search-request.dto';

/** /api/scim/Users (RFC 7644 §3). Bodies enter as unknown and are validated against the schema definitions. */
@Controller('api/scim/Users')
@Credential('scim-token')
@UseInterceptors(ScimEtagInterceptor)
export class UsersController {
  constructor(private readonly users: ScimUsersService) {}

  @Get()
  list(
    @CurrentScimCaller() caller: ScimCaller,
    @Query() query: ListUsersQueryDto,
  ): Promise<ScimListResponse<Partial<ScimUser>>> {
    return this.users.list(caller, query);
  }

  @Post('.search')
  @HttpCode(200)
  search(
    @CurrentScimCaller() caller: ScimCaller,
    @Body() body: SearchRequestDto,
  ): Promise<ScimListResponse<Partial<ScimUser>>> {
    return this.users.list(caller, toListQuery(body));
  }

  @Post()
  @HttpCode(201)
  create(@CurrentScimCaller() caller: ScimCaller, @Body() body: unknown): Promise<ScimUser> {
    return this.users.create(caller, body);
  }

  @Get(':id')
  get(
    @CurrentScimCaller() caller: ScimCaller,
    @Param('id') id: string,
    @Query() query: GetUserQueryDto,
  ): Promise<Partial<ScimUser>> {
    return this.users.get(caller, id, query);
  }

  @Put(':id')
  replace(
    @CurrentScimCaller() caller: ScimCaller,
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ScimUser> {
    return this.users.replace(caller, id, body, { ifMatch });
  }

  @Patch(':id')
  patch(
    @CurrentScimCaller() caller: ScimCaller,
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ScimUser> {
    return this.users.patch(caller, id, body, { ifMatch });
  }

  @Delete(':id')
  @HttpCode(204)
  delete(
    @CurrentScimCaller() caller: ScimCaller,
    @Param('id') id: string,
    @Headers('if-match') ifMatch?: string,
  ): Promise<void> {
    return this.users.delete(caller, id, { ifMatch });
  }
}
