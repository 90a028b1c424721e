import { render } from 'preact';
import '../renderer/survey.css';
import './page.css';
import { HostedSurvey } from './HostedSurvey.js';

render(<HostedSurvey />, document.getElementById('app')!);
