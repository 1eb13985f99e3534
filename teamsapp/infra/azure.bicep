// PIM Alerts for Teams: a Linux App Service (Node 20) running the bot, and an Azure Bot with the
// Microsoft Teams channel pointing at it. Deployed by `arm/deploy` in ../m365agents.yml.

@minLength(4)
@maxLength(20)
@description('Prefix of every resource name (letters and digits).')
param resourceBaseName string

@description('App Service plan SKU. B1 or higher (Always On keeps the alert poller running).')
param webAppSku string = 'B1'

@maxLength(42)
param botDisplayName string

@description('Azure Bot SKU: F0 (free) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Client id of the single-tenant Entra app registration (bot identity and Graph client).')
param botAadAppClientId string

@secure()
@description('Client secret of that app registration.')
param botAadAppClientSecret string

@description('Tenant id of that app registration.')
param botAadAppTenantId string

@description('Microsoft Graph root; https://graph.microsoft.us or https://dod-graph.microsoft.us for US Government.')
param graphBaseUrl string = 'https://graph.microsoft.com'

@description('Entra sign-in host; https://login.microsoftonline.us for US Government.')
param authorityHost string = 'https://login.microsoftonline.com'

// Who may change and who may read alerts. The toolkit cannot pass empty values, so "none" means unset.
param pimAdminGroupId string = 'none'
param pimAdminIds string = 'none'
param pimReaderGroupId string = 'none'
param pimReaderIds string = 'none'
param pollIntervalSeconds string = '900'
param logLevel string = 'info'
param location string = resourceGroup().location

func unlessNone(value string) string => value == 'none' ? '' : value

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: { name: webAppSku }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: resourceBaseName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: 'npm start'
      alwaysOn: true
      healthCheckPath: '/healthz'
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        { name: 'WEBSITE_RUN_FROM_PACKAGE', value: '1' }
        { name: 'MicrosoftAppId', value: botAadAppClientId }
        { name: 'MicrosoftAppPassword', value: botAadAppClientSecret }
        { name: 'MicrosoftAppType', value: 'SingleTenant' }
        { name: 'MicrosoftAppTenantId', value: botAadAppTenantId }
        { name: 'GRAPH_CREDENTIAL', value: 'clientSecret' }
        { name: 'AZURE_TENANT_ID', value: botAadAppTenantId }
        { name: 'AZURE_CLIENT_ID', value: botAadAppClientId }
        { name: 'AZURE_CLIENT_SECRET', value: botAadAppClientSecret }
        { name: 'GRAPH_BASE_URL', value: graphBaseUrl }
        { name: 'AZURE_AUTHORITY_HOST', value: authorityHost }
        { name: 'PIM_ADMIN_GROUP_ID', value: unlessNone(pimAdminGroupId) }
        { name: 'PIM_ADMIN_IDS', value: unlessNone(pimAdminIds) }
        { name: 'PIM_READER_GROUP_ID', value: unlessNone(pimReaderGroupId) }
        { name: 'PIM_READER_IDS', value: unlessNone(pimReaderIds) }
        // /home is the App Service's persistent storage; the package itself is read-only.
        { name: 'DATA_DIR', value: '/home/data/pim-alerts' }
        // /home is a network share: SQLite's WAL needs shared memory that such shares do not give.
        { name: 'SQLITE_JOURNAL_MODE', value: 'delete' }
        { name: 'POLL_INTERVAL_SECONDS', value: pollIntervalSeconds }
        { name: 'LOG_LEVEL', value: logLevel }
      ]
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAadAppClientId
    msaAppTenantId: botAadAppTenantId
    msaAppType: 'SingleTenant'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

// Written to ../env/.env.<env> by the toolkit (output names become variable names).
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
