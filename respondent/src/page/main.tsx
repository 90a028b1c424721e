import { render } from 'preact';
import '../renderer/survey.css';
import './page.css';
import { HostedSurvey } from './HostedSurvey.js';
import { readSurveyLink } from './link.js';

// Framed on a company's page (the embed snippet links with ?ch=embed): the card without the page around it.
if (readSurveyLink(new URL(location.href)).channel === 'embed') document.documentElement.classList.add('k-embedded');

render(<HostedSurvey />, document.getElementById('app')!);
