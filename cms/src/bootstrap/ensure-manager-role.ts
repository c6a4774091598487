import type { Core } from '@strapi/strapi';

export const MANAGER_ROLE_CODE = 'botkb-manager';
export const CONTENT_EXPERT_ROLE_CODE = 'strapi-editor';
const READ_ACTION = 'plugin::content-manager.explorer.read';

interface Action { actionId: string; section: string }
interface Permission { action: string; subject?: string | null; properties?: Record<string, unknown> }

/**
 * Managers follow the knowledge base but do not edit it: a role that can read
 * every knowledge-base content type in every locale. Content experts use
 * Strapi's built-in Editor role (create, edit, publish all content).
 */
export async function ensureManagerRole(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role');
  let role = await roles.findOne({ code: MANAGER_ROLE_CODE });
  if (!role) {
    role = await roles.create({
      name: 'Manager',
      code: MANAGER_ROLE_CODE,
      description: 'Managers read the knowledge base and the analytics; they do not edit content.',
    });
  }
  const actions = (strapi.service('admin::permission').actionProvider.values() as Action[])
    .filter((a) => a.section === 'contentTypes' && a.actionId === READ_ACTION);
  const permissions = (strapi.service('admin::content-type').getPermissionsWithNestedFields(actions) as Permission[])
    .filter((p) => typeof p.subject === 'string' && p.subject.startsWith('api::'))
    .map((p) => ({ ...p, properties: { ...p.properties, locales: ['fi', 'sv'] } }));
  await roles.assignPermissions(role.id, permissions);
}
