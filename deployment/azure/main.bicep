// TriageBot on Azure: App Service (Linux, .NET 10) with several instances able to share one Azure Database for
// PostgreSQL, an Azure Bot (Teams and Direct Line channels) that signs in with a managed identity (no password),
// and a Key Vault holding the secrets the app reads through Key Vault references.
//
//   az deployment group create -g <group> -f deployment/azure/main.bicep \
//     -p namePrefix=<short name> postgresAdminPassword=<password> directLineTokenSigningKey=$(openssl rand -base64 32)

@description('Short lowercase prefix for resource names, unique enough for web and database host names.')
@minLength(3)
@maxLength(16)
param namePrefix string

param location string = resourceGroup().location

@description('The clinic the bot speaks for.')
param clinicName string = 'Demo Clinic'
param clinicPhone string = '+1 555 0100'
param clinicBookingUrl string = 'https://clinic.example/book'
param emergencyNumber string = '112'

param postgresAdminLogin string = 'triagebot'

@secure()
param postgresAdminPassword string

@description('Base64 HMAC key for Direct Line tokens, shared by all instances (e.g. openssl rand -base64 32).')
@secure()
param directLineTokenSigningKey string

@description('App Service plan: P0v3 or larger to scale out to several instances.')
param appServiceSku string = 'P0v3'

@minValue(1)
param instanceCount int = 2

var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-bot-identity'
  location: location
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${namePrefix}-pg'
  location: location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: {
      storageSizeGB: 32
    }
    backup: {
      backupRetentionDays: 14
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: {
      mode: 'Disabled'
    }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: 'triagebot'
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0 is Azure's convention for "services inside Azure" (the App Service); nothing from the internet.
resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '${namePrefix}-kv'
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource postgresConnection 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'postgres-connection'
  properties: {
    value: 'Host=${postgres.properties.fullyQualifiedDomainName};Database=${database.name};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SSL Mode=Require'
  }
}

resource signingKey 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'directline-token-signing-key'
  properties: {
    value: directLineTokenSigningKey
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${namePrefix}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: '${namePrefix}-app'
  location: location
  kind: 'app,linux'
  identity: {
    type: 'SystemAssigned, UserAssigned'
    userAssignedIdentities: {
      '${botIdentity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      webSocketsEnabled: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/health/ready'
      appSettings: [
        { name: 'Storage__Provider', value: 'Postgres' }
        { name: 'Storage__ConnectionString', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${postgresConnection.name})' }
        // /home is one share for all instances: the keys that encrypt patient text are read by every instance.
        { name: 'Storage__DataFolder', value: '/home/data' }
        { name: 'Storage__KeysFolder', value: '/home/data/keys' }
        { name: 'DirectLine__TokenSigningKey', value: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=${signingKey.name})' }
        { name: 'MicrosoftAppType', value: 'UserAssignedMSI' }
        { name: 'MicrosoftAppId', value: botIdentity.properties.clientId }
        { name: 'MicrosoftAppTenantId', value: tenant().tenantId }
        { name: 'Clinic__Name', value: clinicName }
        { name: 'Clinic__Phone', value: clinicPhone }
        { name: 'Clinic__BookingUrl', value: clinicBookingUrl }
        { name: 'Clinic__EmergencyNumber', value: emergencyNumber }
        { name: 'Teams__ConsoleUrl', value: 'https://${namePrefix}-app.azurewebsites.net/operator' }
        { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'true' }
      ]
    }
  }
}

resource siteReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, site.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${namePrefix}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'S1'
  }
  properties: {
    displayName: 'TriageBot'
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: botIdentity.properties.clientId
    msaAppMSIResourceId: botIdentity.id
    msaAppTenantId: tenant().tenantId
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: false
        }
      ]
    }
  }
}

output siteUrl string = 'https://${site.properties.defaultHostName}'
output consoleUrl string = 'https://${site.properties.defaultHostName}/operator'
output botAppId string = botIdentity.properties.clientId
