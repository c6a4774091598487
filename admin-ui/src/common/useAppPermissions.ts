import { usePermissions } from 'react-admin';
import { NO_PERMISSIONS, type Permissions } from '../authProvider';

/** The logged-in user's analytics permissions (from GET /analytics-api/me). */
export function useAppPermissions(): { permissions: Permissions; isPending: boolean } {
  const { permissions, isPending } = usePermissions<Permissions>();
  return { permissions: permissions ?? NO_PERMISSIONS, isPending };
}
