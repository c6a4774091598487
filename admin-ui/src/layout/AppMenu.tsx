import { Menu, useTranslate } from 'react-admin';
import DashboardIcon from '@mui/icons-material/Dashboard';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import AltRouteIcon from '@mui/icons-material/AltRoute';
import ChatBubbleOutlineIcon from '@mui/icons-material/ChatBubbleOutline';
import TableChartIcon from '@mui/icons-material/TableChart';
import ScienceOutlinedIcon from '@mui/icons-material/ScienceOutlined';
import HealthAndSafetyOutlinedIcon from '@mui/icons-material/HealthAndSafetyOutlined';
import FactCheckOutlinedIcon from '@mui/icons-material/FactCheckOutlined';
import CalculateOutlinedIcon from '@mui/icons-material/CalculateOutlined';
import RateReviewOutlinedIcon from '@mui/icons-material/RateReviewOutlined';

export function AppMenu() {
  const translate = useTranslate();
  return (
    // Long labels (e.g. Swedish "Kommentarer i respons") wrap instead of being cut with "…".
    <Menu sx={{ '& .RaMenuItemLink-root .MuiTypography-noWrap': { whiteSpace: 'normal' } }}>
      <Menu.Item
        to="/"
        primaryText={translate('app.menu.dashboard')}
        leftIcon={<DashboardIcon />}
        data-testid="menu-dashboard"
      />
      <Menu.Item
        to="/unanswered"
        primaryText={translate('app.menu.unanswered')}
        leftIcon={<HelpOutlineIcon />}
        data-testid="menu-unanswered"
      />
      <Menu.Item
        to="/paths"
        primaryText={translate('app.menu.paths')}
        leftIcon={<AltRouteIcon />}
        data-testid="menu-paths"
      />
      <Menu.Item
        to="/answers"
        primaryText={translate('app.menu.answers')}
        leftIcon={<ChatBubbleOutlineIcon />}
        data-testid="menu-answers"
      />
      <Menu.Item
        to="/reports"
        primaryText={translate('app.menu.reports')}
        leftIcon={<TableChartIcon />}
        data-testid="menu-reports"
      />
      <Menu.Item
        to="/try"
        primaryText={translate('app.menu.try')}
        leftIcon={<ScienceOutlinedIcon />}
        data-testid="menu-try"
      />
      <Menu.Item
        to="/health"
        primaryText={translate('app.health.menu')}
        leftIcon={<HealthAndSafetyOutlinedIcon />}
        data-testid="menu-health"
      />
      <Menu.Item
        to="/question-bank"
        primaryText={translate('app.workbench.menu')}
        leftIcon={<FactCheckOutlinedIcon />}
        data-testid="menu-question-bank"
      />
      <Menu.Item
        to="/simulation"
        primaryText={translate('app.reportViews.menu.simulation')}
        leftIcon={<CalculateOutlinedIcon />}
        data-testid="menu-simulation"
      />
      <Menu.Item
        to="/feedback-comments"
        primaryText={translate('app.reportViews.menu.comments')}
        leftIcon={<RateReviewOutlinedIcon />}
        data-testid="menu-feedback-comments"
      />
    </Menu>
  );
}
