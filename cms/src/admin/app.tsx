import { PATH_UID } from '../content-uids';
import { DESIGNER_MESSAGES } from './designer/messages';
import { DESIGNER_ROUTE } from './designer/designer-route';
import { OpenAsGraphPanel } from './designer/OpenAsGraphPanel';

type AdminApp = {
  addMenuLink(link: object): void;
  getPlugin(name: string): { apis: { addEditViewSidePanel(panels: unknown[]): void } };
};

function FlowIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" fill="currentColor">
      <rect x="5" y="0" width="6" height="4" rx="1" />
      <rect x="0" y="12" width="6" height="4" rx="1" />
      <rect x="10" y="12" width="6" height="4" rx="1" />
      <path d="M7.5 4h1v3H13v5h-1V8H4v4H3V7h4.5z" />
    </svg>
  );
}

/**
 * The admin panel in the team's languages: Strapi ships Finnish and Swedish translations,
 * each user picks one in their profile (English stays the fallback). Field labels and help
 * texts come from the content manager's view configuration (src/admin-labels).
 * Adds the guidance path designer (menu "Ohjauspolkujen suunnittelija" and "Avaa graafina"
 * in a path's edit view), loaded only when opened.
 */
export default {
  config: {
    locales: ['fi', 'sv'],
  },
  register(app: AdminApp) {
    app.addMenuLink({
      to: DESIGNER_ROUTE,
      icon: FlowIcon,
      intlLabel: { id: 'path-designer.title', defaultMessage: DESIGNER_MESSAGES.fi.pathDesigner.title },
      Component: () => import('./designer/DesignerPage'),
      permissions: [{ action: 'plugin::content-manager.explorer.read', subject: PATH_UID }],
      position: 3,
    });
  },
  bootstrap(app: AdminApp) {
    app.getPlugin('content-manager').apis.addEditViewSidePanel([OpenAsGraphPanel]);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => {
      const language = locale === 'fi' || locale === 'sv' ? locale : 'en';
      return { locale, data: { 'path-designer.title': DESIGNER_MESSAGES[language].pathDesigner.title } };
    });
  },
};
