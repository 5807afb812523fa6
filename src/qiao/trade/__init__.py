"""Trade statistics: monthly bilateral trade series, imports, figures and the dashboard."""
