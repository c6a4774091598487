import { lazy } from 'react';
import AltRouteIcon from '@mui/icons-material/AltRoute';

const PathList = lazy(() => import('./PathList').then((m) => ({ default: m.PathList })));
const PathShow = lazy(() => import('./PathShow').then((m) => ({ default: m.PathShow })));

export default {
  list: PathList,
  show: PathShow,
  icon: AltRouteIcon,
  recordRepresentation: 'title',
};
