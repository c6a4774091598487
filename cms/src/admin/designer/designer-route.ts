/** Where the designer lives in the admin panel (one definition, shared with the server's report links). */
export { DESIGNER_ROUTE } from '../../designer/designer-route';
